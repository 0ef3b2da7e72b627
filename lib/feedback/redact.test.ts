import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIpv6, PLACEHOLDER, redact } from './redact';

/** Each kind, both ways: what must go, and what looks like it but must stay. */
const CASES: Record<string, { redacted: [string, string][]; kept: string[] }> = {
  ipv4: {
    redacted: [
      ['proxy 192.168.1.10 refuse', 'proxy [IP] refuse'],
      ['connexion à 10.20.30.40:8080 échouée', 'connexion à [IP]:8080 échouée'],
      ['réseau 172.16.0.0/12', 'réseau [IP]'],
      ['http://10.0.0.5/wpad.dat', 'http://[IP]/wpad.dat'],
    ],
    kept: [
      'version 10.0.19045.3693',
      'MsSense 10.8560.25997.1000',
      'plateforme 4.18.2111.5',
      'proxy local 127.0.0.1:8888',
      'écoute sur 0.0.0.0',
      'Windows 10.0.17763',
    ],
  },
  ipv6: {
    redacted: [
      ['adresse 2001:0db8:85a3:0000:0000:8a2e:0370:7334 injoignable', 'adresse [IP] injoignable'],
      ['passerelle fe80::1ff:fe23:4567:890a%12', 'passerelle [IP]'],
      ['serveur 2a01:e34:ec5b:1f0::12 refusé', 'serveur [IP] refusé'],
      ['::ffff:192.0.2.128 rejeté', '[IP] rejeté'],
    ],
    kept: [
      'à 12:34:56 le service s’arrête',
      '[System.Net.ServicePointManager]::SecurityProtocol',
      'boucle locale ::1',
      'horodatage 2024-03-01T10:22:33Z',
    ],
  },
  email: {
    redacted: [
      ['contactez jean.dupont@contoso.fr', 'contactez [e-mail]'],
      ['UPN admin_it@corp.fabrikam.com inconnu', 'UPN [e-mail] inconnu'],
    ],
    kept: ['erreur @ la ligne 3', 'le compte SYSTEM'],
  },
  host: {
    redacted: [
      ['impossible de joindre srv-proxy01.contoso.local', 'impossible de joindre [hôte]'],
      ['DC01.corp.fabrikam.com ne répond pas', '[hôte] ne répond pas'],
      ['Ordinateur : PC-COMPTA-12', 'Ordinateur : [hôte]'],
      ['<Computer>POSTE42.ad.example.fr</Computer>', '<Computer>[hôte]</Computer>'],
      ['appareil DESKTOP-7K3J9QX non intégré', 'appareil [hôte] non intégré'],
      ['http://proxy.contoso.local:8080', 'http://[hôte]:8080'],
      ['\\\\FICHIERS01\\partage\\onboarding.cmd', '\\\\[hôte]\\partage\\onboarding.cmd'],
      ['Computer: WKS-00123', 'Computer: [hôte]'],
    ],
    kept: [
      'https://winatp-gw-cus.microsoft.com/test',
      'URL *.securitycenter.windows.com bloquée',
      'triprd1wceuw1sensorapi.atp.azure.com',
      'onboardingpackagescusprd.blob.core.windows.net',
      'login.microsoftonline.com refuse le jeton',
      'https://learn.microsoft.com/fr-fr/defender-endpoint/configure-proxy',
      'MsSense.exe et SenseCncProxy.exe',
      'WindowsDefenderATPOnboardingScript.cmd',
      'System.Net.WebException',
      'Microsoft-Windows-SENSE/Operational',
      'README.md et install.ps1',
      'mdatp.exe health',
    ],
  },
  'user-path': {
    redacted: [
      ['C:\\Users\\jdupont\\AppData\\Local\\Temp', 'C:\\Users\\[utilisateur]\\AppData\\Local\\Temp'],
      ['c:\\utilisateurs\\Marie.Curie\\Bureau', 'c:\\utilisateurs\\[utilisateur]\\Bureau'],
      ['/home/jdupont/.config', '/home/[utilisateur]/.config'],
      ['/Users/marie/Library/Logs', '/Users/[utilisateur]/Library/Logs'],
      ['User: CONTOSO\\jdupont', 'User: [utilisateur]'],
      ['Nom du compte : mcurie', 'Nom du compte : [utilisateur]'],
    ],
    kept: [
      'C:\\Users\\Public\\Documents',
      'C:\\Users\\Default\\NTUSER.DAT',
      'C:\\ProgramData\\Microsoft\\Windows Defender Advanced Threat Protection',
      'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Advanced Threat Protection',
      'User: SYSTEM',
    ],
  },
  sid: {
    redacted: [
      ['SID S-1-5-21-3623811015-3361044348-30300820-1013 refusé', 'SID [SID] refusé'],
      ['UserID="S-1-5-21-1004336348-1177238915-682003330-512"', 'UserID="[SID]"'],
    ],
    kept: ['compte S-1-5-18', 'groupe S-1-5-32-544', 'service S-1-5-19'],
  },
  guid: {
    redacted: [
      ['DeviceId {8E1A3BC2-4F5D-4E6A-9B7C-0D1E2F3A4B5C}', 'DeviceId [GUID]'],
      ['orgId 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 inconnu', 'orgId [GUID] inconnu'],
      ['machineId 3c7a1f9e2b4d6a8c0e1f3a5b7c9d0e2f4a6b8c0d', 'machineId [ID appareil]'],
      ['MAC 00:1A:2B:3C:4D:5E', 'MAC [MAC]'],
    ],
    kept: ['code 0x87D1FDE8', 'hachage 8 caractères a1b2c3d4'],
  },
  ticket: {
    redacted: [
      ['voir INC0012345 et RITM0004567', 'voir [ticket] et [ticket]'],
      ['ticket n° 458712 toujours ouvert', 'ticket n° [ticket] toujours ouvert'],
      ['Incident #98321 rouvert', 'Incident #[ticket] rouvert'],
      ['demande 2024110500123', 'demande [ticket]'],
      ['support case 2411290010001234', 'support case [ticket]'],
    ],
    kept: ['événement 35', 'ID d’événement 1058', 'statut d’inscription 29', 'Event ID: 7'],
  },
  phone: {
    redacted: [
      ['rappeler au 06 12 34 56 78', 'rappeler au [téléphone]'],
      ['tél. 01.23.45.67.89', 'tél. [téléphone]'],
      ['joignable au 0612345678', 'joignable au [téléphone]'],
      ['+33 6 12 34 56 78', '[téléphone]'],
      ['+33 (0)1 23 45 67 89', '[téléphone]'],
      ['+1 425 555 0100', '[téléphone]'],
      ['0033 1 23 45 67 89', '[téléphone]'],
    ],
    kept: [
      'code -2016281112',
      'code 2278686184',
      '2 278 686 184',
      '2.278.686.184',
      'erreur 0x80070005',
      '16 cœurs et 128 Go',
      'le 05/11/2024 à 10:22',
    ],
  },
};

describe('redact: each kind is removed, and what only looks like it stays', () => {
  for (const [kind, { redacted, kept }] of Object.entries(CASES)) {
    for (const [input, expected] of redacted) {
      it(`${kind}: redacts « ${input} »`, () => expect(redact(input)).toBe(expected));
    }
    for (const input of kept) {
      it(`${kind}: keeps « ${input} »`, () => expect(redact(input)).toBe(input));
    }
  }
});

describe('redact: codes, event ids, statuses and product words stay in a real paste', () => {
  it('keeps the signals of an Event Viewer paste and removes its machine, user and address', () => {
    const paste = [
      'Nom du journal : Microsoft-Windows-SENSE/Operational',
      'Source : SENSE',
      'ID de l’événement : 5',
      'Ordinateur : PC-JDUPONT.contoso.local',
      'Utilisateur : CONTOSO\\jdupont',
      'Le service Microsoft Defender pour point de terminaison n’a pas pu se connecter à 10.1.2.3:8080. Code : 0x80072EFE',
    ].join('\n');
    const out = redact(paste);
    for (const kept of ['Microsoft-Windows-SENSE/Operational', 'ID de l’événement : 5', '0x80072EFE', 'Defender'])
      expect(out).toContain(kept);
    for (const gone of ['JDUPONT', 'jdupont', 'contoso', '10.1.2.3']) expect(out).not.toContain(gone);
  });

  it('is idempotent: a redacted text stays as it is', () => {
    const once = redact('jean@contoso.fr sur 192.168.0.1 (DESKTOP-ABC1234), INC0012345, 06 12 34 56 78');
    expect(redact(once)).toBe(once);
    for (const placeholder of Object.values(PLACEHOLDER)) expect(redact(placeholder)).toBe(placeholder);
  });
});

describe('our service URLs are never redacted', () => {
  it('keeps every host the content names (articles and tables)', () => {
    const content = path.join(process.cwd(), 'content');
    const files = ['articles', 'tables'].flatMap((folder) =>
      fs.readdirSync(path.join(content, folder)).map((name) => path.join(content, folder, name)),
    );
    const hosts = new Set<string>();
    for (const file of files)
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\b(?:[\w*-]+\.)+(?:com|net|ms)\b/gi))
        if (!/contoso|fabrikam/i.test(match[0])) hosts.add(match[0]);
    expect(hosts.size).toBeGreaterThan(10);
    for (const host of hosts) expect(redact(`échec vers ${host}`), host).toBe(`échec vers ${host}`);
  });
});

describe('isIpv6', () => {
  it('accepts full, compressed and IPv4-mapped forms; refuses times and scopes', () => {
    for (const address of ['2001:db8::1', 'fe80::1%eth0', '::ffff:10.0.0.1', '1:2:3:4:5:6:7:8']) {
      expect(isIpv6(address), address).toBe(true);
    }
    for (const text of ['12:34:56', '::', '::1', '1:2:3', 'abc::def::1']) expect(isIpv6(text), text).toBe(false);
  });
});
