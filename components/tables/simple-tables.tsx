import { Markdown } from '@/components/markdown';
import { TableHead } from '@/components/ui/table-head';
import { getSite } from '@/lib/site/site';

/** 002: how a device's Azure AD join state changes during onboarding (rendered from content/tables). */
export function DeviceJoinStateTable() {
  const data = getSite().table('device-join-states');
  const links = getSite().linkContext(data.source.article);
  return (
    <div className="not-prose my-3 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <TableHead columns={data.columns} />
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.from} className="border-b border-slate-200 align-top dark:border-slate-700">
              <td className="px-3 py-2">
                <Markdown paragraphs={[row.from]} links={links} />
              </td>
              <td className="px-3 py-2">
                <Markdown paragraphs={[row.to]} links={links} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 003: Azure ATP sensor API hosts by service location. */
export function SensorUrlTable() {
  const data = getSite().table('sensor-urls');
  return (
    <div className="not-prose my-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <TableHead columns={data.columns} />
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.location} className="border-b border-slate-200 align-top dark:border-slate-700">
              <td className="px-3 py-2 font-medium">{row.location}</td>
              <td className="px-3 py-2">
                <ul className="space-y-0.5">
                  {row.hosts.map((host) => (
                    <li key={host}>
                      <code className="break-all">{host}</code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 004: the URLs the portal needs, as a list. */
export function PortalUrlList() {
  const data = getSite().table('portal-urls');
  return (
    <ul>
      {data.urls.map((url) => (
        <li key={url}>
          <code className="break-all">{url}</code>
        </li>
      ))}
    </ul>
  );
}
