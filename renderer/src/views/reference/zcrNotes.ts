/** Our own one-line notes on the seven zone-and-conduit requirements of IEC 62443-3-2 (never the standard's text). */
export const ZCR_NOTES: Readonly<Record<string, string>> = {
  'ZCR 1': 'Say what the system under consideration is: its assets, its perimeter and every way into it.',
  'ZCR 2': 'Make a first, coarse estimate of the worst that could happen if the system were attacked, before any zoning.',
  'ZCR 3': 'Group assets with the same security needs into zones, join them only through conduits, and keep business, safety, temporary, wireless and externally reached devices apart.',
  'ZCR 4': 'Compare the initial risk with what the organisation can tolerate; zones already within it need no detailed assessment.',
  'ZCR 5': 'For each zone and conduit: threats, vulnerabilities, consequence and likelihood give the risk, which sets the SL-T and the extra countermeasures needed.',
  'ZCR 6': 'Write down the resulting cyber security requirements specification (CRS): zones, conduits, SL-T, assumptions and constraints.',
  'ZCR 7': 'Have the asset owner approve the results, and keep the approval tied to the version of the model it was given for.',
};
