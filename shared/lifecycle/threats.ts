/**
 * A starter library of common OT threats for the risk register, in our own words. Each names the
 * foundational requirements it works against (which FRs a risk raises in the SL-T suggestion) and a
 * typical likelihood on a five-step scale, rescaled to the project's matrix. Projects add their own
 * threats in `ZonewrightDocument.threats`.
 */
import type { RiskMatrix, ThreatDefinition, ZonewrightDocument } from '../model/document';
import type { FrKey } from '../model/securityLevels';

export interface LibraryThreat {
  /** Stable kebab-case id, never renamed once released (scenarios refer to it). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** FRs the threat typically works against, most affected first. */
  readonly frs: readonly FrKey[];
  /** Typical likelihood for an average plant on a five-step scale (1 rare … 5 almost certain). */
  readonly likelihood: 1 | 2 | 3 | 4 | 5;
}

export const THREAT_LIBRARY: readonly LibraryThreat[] = [
  {
    id: 'remote-access-compromise',
    title: 'Remote-access compromise',
    description:
      'An attacker gets in through a remote-access path of staff or a vendor: stolen or guessed credentials, a vulnerable VPN appliance, or a remote-support tool left running.',
    frs: ['IAC', 'UC', 'RDF', 'TRE'],
    likelihood: 4,
  },
  {
    id: 'engineering-workstation-malware',
    title: 'Malware on an engineering workstation',
    description:
      'Malicious code on a workstation that holds controller projects and engineering tools, used as a stepping stone to reach and reprogram controllers.',
    frs: ['SI', 'UC', 'IAC', 'TRE'],
    likelihood: 3,
  },
  {
    id: 'rogue-device',
    title: 'Rogue device on the control network',
    description:
      'An unauthorized laptop, single-board computer or network device is plugged into a free switch port or cabinet and talks to control equipment.',
    frs: ['IAC', 'RDF', 'SI'],
    likelihood: 3,
  },
  {
    id: 'insider-misuse',
    title: 'Insider misuse',
    description:
      'Someone with legitimate access, employee or contractor, uses it beyond their role, on purpose or by mistake: changes settings, disables protections, copies data.',
    frs: ['UC', 'IAC', 'TRE'],
    likelihood: 2,
  },
  {
    id: 'denial-of-service',
    title: 'Loss of view or control by denial of service',
    description:
      'Flooding the network or exhausting a device\'s resources leaves operators without a view of the process or unable to send commands.',
    frs: ['RA', 'RDF', 'TRE'],
    likelihood: 3,
  },
  {
    id: 'unauthorized-logic-change',
    title: 'Unauthorized change of control logic',
    description:
      'Controller logic, setpoints or firmware are changed without authorization, so the process runs outside its design limits while displays may still look normal.',
    frs: ['SI', 'UC', 'IAC'],
    likelihood: 2,
  },
  {
    id: 'removable-media-malware',
    title: 'Malware brought in on removable media',
    description: 'A USB stick, external drive or service laptop carries malware past the network boundaries into the control system.',
    frs: ['SI', 'UC'],
    likelihood: 3,
  },
  {
    id: 'supply-chain-compromise',
    title: 'Supply-chain compromise of a component',
    description:
      'A component, its firmware or a software update arrives already tampered with, or a supplier\'s build or update channel is compromised.',
    frs: ['SI'],
    likelihood: 2,
  },
  {
    id: 'wireless-intrusion',
    title: 'Wireless intrusion',
    description: 'An attacker within radio range joins, jams or listens to a wireless network that reaches control equipment.',
    frs: ['IAC', 'DC', 'RDF', 'RA'],
    likelihood: 3,
  },
  {
    id: 'ransomware-from-it',
    title: 'Ransomware spreading from IT',
    description:
      'Ransomware on the business network spreads over shared services, accounts or flat connections into operations and encrypts servers and workstations there.',
    frs: ['RDF', 'SI', 'RA'],
    likelihood: 4,
  },
  {
    id: 'default-credentials',
    title: 'Default or shared credentials',
    description: 'Factory-default, shared or never-changed passwords let anyone who reaches a device log in with full rights.',
    frs: ['IAC', 'UC'],
    likelihood: 4,
  },
  {
    id: 'unauthenticated-protocol-commands',
    title: 'Commands over unauthenticated industrial protocols',
    description:
      'Anyone who can reach a controller sends valid commands over a protocol with no authentication (many fieldbus and legacy Ethernet protocols), stopping or changing the process.',
    frs: ['IAC', 'SI', 'RDF'],
    likelihood: 3,
  },
  {
    id: 'known-vulnerability-exploit',
    title: 'Exploit of a known vulnerability in unpatched systems',
    description: 'Published vulnerabilities in unpatched or unsupported operating systems, firmware or applications are exploited with ready-made tools.',
    frs: ['SI', 'RA', 'TRE'],
    likelihood: 3,
  },
  {
    id: 'traffic-interception',
    title: 'Interception or manipulation of traffic',
    description: 'Unencrypted traffic is read or altered in transit (a man in the middle), exposing credentials and process data or faking values.',
    frs: ['DC', 'SI', 'IAC'],
    likelihood: 2,
  },
  {
    id: 'cloud-service-compromise',
    title: 'Compromise of a connected cloud or third-party service',
    description: 'A cloud platform, remote monitoring service or partner system connected to the plant is compromised and used to push data or commands inward.',
    frs: ['RDF', 'IAC', 'DC'],
    likelihood: 2,
  },
  {
    id: 'physical-tampering',
    title: 'Physical tampering in the field',
    description: 'Unguarded cabinets, field devices or network equipment are opened, rewired or replaced by someone on site.',
    frs: ['SI', 'IAC', 'UC'],
    likelihood: 2,
  },
  {
    id: 'data-exfiltration',
    title: 'Theft of process data or know-how',
    description: 'Recipes, process parameters, drawings or credentials are copied out of the control system.',
    frs: ['DC', 'RDF'],
    likelihood: 2,
  },
];

const LIBRARY_BY_ID: ReadonlyMap<string, LibraryThreat> = new Map(THREAT_LIBRARY.map((t) => [t.id, t]));

/** True when `id` names a threat of the built-in library. */
export function isLibraryThreat(id: string): boolean {
  return LIBRARY_BY_ID.has(id);
}

/** A threat as the risk register sees it: library or custom, with a likelihood on the project's matrix. */
export interface Threat {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly frs: readonly FrKey[];
  /** Suggested likelihood on the project's matrix; undefined when a custom threat gives none. */
  readonly likelihood: number | undefined;
  readonly custom: boolean;
}

/** A five-step likelihood rescaled to a matrix of `steps` likelihood steps, rounding to the nearest. */
export function rescaleLikelihood(fiveStep: number, steps: number): number {
  if (steps === 5) return fiveStep;
  return Math.max(1, Math.min(steps, Math.round(1 + ((fiveStep - 1) * (steps - 1)) / 4)));
}

function fromLibrary(t: LibraryThreat, matrix: RiskMatrix): Threat {
  return { ...t, likelihood: rescaleLikelihood(t.likelihood, matrix.likelihoods.length), custom: false };
}

function fromCustom(t: ThreatDefinition): Threat {
  return { id: t.id, title: t.title, description: t.description ?? '', frs: t.frs, likelihood: t.likelihood, custom: true };
}

/** Every threat a scenario may name: the library, then the document's custom threats. */
export function allThreats(doc: ZonewrightDocument, matrix: RiskMatrix): Threat[] {
  return [...THREAT_LIBRARY.map((t) => fromLibrary(t, matrix)), ...(doc.threats ?? []).map(fromCustom)];
}

/** The threat with this id, library or custom; a custom threat never shadows a library one. */
export function findThreat(doc: ZonewrightDocument, matrix: RiskMatrix, id: string): Threat | undefined {
  const lib = LIBRARY_BY_ID.get(id);
  if (lib) return fromLibrary(lib, matrix);
  const custom = doc.threats?.find((t) => t.id === id);
  return custom ? fromCustom(custom) : undefined;
}
