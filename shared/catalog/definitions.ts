/**
 * Short explanations of the 62443 vocabulary the editor shows in tooltips, panels and reports:
 * the seven foundational requirements, the security levels, the 4-2 component classes and the
 * three kinds of SL vector. All summaries are our own words, never the standard's text.
 */
import { COMPONENT_CLASS_PREFIX, type ComponentClass } from '../model/kinds';
import { FR_INFO, type FrKey, type SecurityLevel } from '../model/securityLevels';

export interface FrDefinition {
  /** The FR's name, as in FR_INFO. */
  readonly title: string;
  /** One or two sentences on what the FR protects. */
  readonly summary: string;
}

export const FR_DEFINITIONS: Readonly<Record<FrKey, FrDefinition>> = {
  IAC: {
    title: FR_INFO.IAC.name,
    summary:
      'Know who and what is connecting: every person, software process and device is identified and proves its identity before it gets access.',
  },
  UC: {
    title: FR_INFO.UC.name,
    summary:
      'Once identified, people and devices may do only what they have been permitted to do, and what they do is recorded.',
  },
  SI: {
    title: FR_INFO.SI.name,
    summary:
      'Software, configuration, data and messages are protected against unauthorised change, and any such change is detected.',
  },
  DC: {
    title: FR_INFO.DC.name,
    summary: 'Information that must stay secret, such as credentials and recipes, cannot be read by unauthorised parties, whether stored or in transit.',
  },
  RDF: {
    title: FR_INFO.RDF.name,
    summary:
      'The system is split into zones, and traffic between zones flows only through conduits that allow exactly what is needed.',
  },
  TRE: {
    title: FR_INFO.TRE.name,
    summary:
      'Security events are recorded, monitored and reported, so that staff notice an incident and can respond before it does harm.',
  },
  RA: {
    title: FR_INFO.RA.name,
    summary:
      'The control system stays available under attack and can be restored afterwards: overload protection, hardening, backups and recovery.',
  },
};

export interface SlDefinition {
  /** Short name of the attacker the level is meant to withstand. */
  readonly label: string;
  readonly summary: string;
}

export const SL_DEFINITIONS: Readonly<Record<SecurityLevel, SlDefinition>> = {
  0: {
    label: 'No specific requirement',
    summary: 'No security requirement is set for this foundational requirement; nothing of it is selected.',
  },
  1: {
    label: 'Casual or accidental',
    summary: 'Protects against violations that happen by chance or carelessness, such as a mistaken setting or an unintended connection.',
  },
  2: {
    label: 'Simple intentional attack',
    summary:
      'Protects against deliberate attacks by someone with simple means and few resources, ordinary IT skills and little motivation.',
  },
  3: {
    label: 'Sophisticated IACS attack',
    summary:
      'Protects against deliberate attacks with sophisticated means, moderate resources, knowledge specific to industrial control systems and moderate motivation.',
  },
  4: {
    label: 'Sophisticated, well-resourced attack',
    summary:
      'Protects against deliberate attacks with sophisticated means, extensive resources, industrial-control expertise and strong motivation, as from organised groups.',
  },
};

export interface ComponentClassDefinition {
  /** The 4-2 prefix of the class-specific requirements. */
  readonly prefix: 'SAR' | 'EDR' | 'HDR' | 'NDR';
  readonly summary: string;
}

export const COMPONENT_CLASS_DEFINITIONS: Readonly<Record<ComponentClass, ComponentClassDefinition>> = {
  'software-application': {
    prefix: COMPONENT_CLASS_PREFIX['software-application'],
    summary:
      'Software that runs on a host and performs a control-system function, such as HMI, historian or engineering software; the host itself is assessed separately.',
  },
  'embedded-device': {
    prefix: COMPONENT_CLASS_PREFIX['embedded-device'],
    summary:
      'A purpose-built device with embedded firmware and little general-purpose capability, such as a PLC, controller, IED, drive or smart sensor.',
  },
  'host-device': {
    prefix: COMPONENT_CLASS_PREFIX['host-device'],
    summary:
      'A general-purpose computer with a full operating system that can run several applications, such as a workstation, server or HMI panel PC.',
  },
  'network-device': {
    prefix: COMPONENT_CLASS_PREFIX['network-device'],
    summary:
      'A device that forwards, filters or monitors traffic between other devices, such as a switch, router, firewall, wireless access point or data diode.',
  },
};

/** The three kinds of SL vector a model carries. */
export const SL_KIND_KEYS = ['SL-T', 'SL-C', 'SL-A'] as const;
export type SlKind = (typeof SL_KIND_KEYS)[number];

export interface SlKindDefinition {
  readonly label: string;
  readonly summary: string;
}

export const SL_KINDS: Readonly<Record<SlKind, SlKindDefinition>> = {
  'SL-T': {
    label: 'Target',
    summary: 'The level a zone or conduit should reach, set from the risk assessment; it selects the requirements to meet.',
  },
  'SL-C': {
    label: 'Capability',
    summary: 'The level a component or system can reach when configured as its supplier intends, without extra countermeasures.',
  },
  'SL-A': {
    label: 'Achieved',
    summary: 'The level actually reached in the installed, running system, as assessed after commissioning and over its life.',
  },
};
