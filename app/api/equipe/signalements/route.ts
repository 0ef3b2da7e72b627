import { setReportStatus } from '@/lib/feedback/team-actions';

/** The lead marks a report as handled (a form on /equipe). */
export function POST(request: Request) {
  return setReportStatus(request);
}
