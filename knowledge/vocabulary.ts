// The controlled vocabulary of shared/spec/vocabulary.md: ids are a public contract, never renamed.

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const TYPE_IDS = [
  'everyday-help', 'outreach-work', 'low-threshold-guidance', 'conversation-help', 'crisis-help',
  'support-person', 'peer-support', 'integration-support', 'violence-work', 'public-benefit-services',
  'open-meeting-places', 'peer-activity', 'functional-capacity-groups', 'hobby-culture-sports',
  'recreation', 'civic-skills', 'volunteering', 'expertise-knowledge', 'experience-expertise',
  'communication', 'training-advice', 'civic-action-support', 'network-partnership',
  'development-work', 'advocacy', 'preparedness-safety', 'social-rehabilitation', 'family-support',
  'local-community',
] as const;
export type TypeId = (typeof TYPE_IDS)[number];

export const SITUATION_IDS = [
  'caregiver', 'illness-diagnosis', 'disability', 'mental-health', 'substance-use', 'loneliness',
  'immigrant', 'family-with-children', 'senior', 'youth', 'money-debt', 'housing', 'violence',
  'crisis', 'bereavement', 'unemployment', 'digital-skills', 'emergency-preparedness',
  'volunteering', 'hobbies-community',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

export const PERSONA_IDS = ['veera', 'ville', 'faiza', 'virtaset', 'maire', 'eetu', 'jaakko', 'jatta'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export const AREAS = ['support', 'participation', 'expertise', 'safety'] as const;

export const REGION_IDS = ['uusimaa', 'kanta-hame', 'satakunta', 'lappi'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const CHANNELS = ['phone', 'chat', 'face-to-face', 'online', 'home-visit'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TARGET_GROUPS = [
  'everyone', 'children', 'youth', 'young-adults', 'families', 'parents', 'adults', 'seniors',
  'immigrants', 'caregivers', 'close-ones', 'men', 'women', 'lgbtiq', 'people-with-disabilities',
  'people-with-illness', 'crime-victims', 'unemployed', 'professionals', 'volunteers', 'associations',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const COSTS = ['free', 'low', 'membership', 'paid'] as const;
export type Cost = (typeof COSTS)[number];

/** Follow-up questions a situation may be worth asking; the dialog asks at most two. */
export const QUESTIONS = ['forWhom', 'municipality', 'channel', 'language', 'age'] as const;
export type Question = (typeof QUESTIONS)[number];

export const CRISIS_KINDS = ['suicide', 'violence', 'overdose', 'general'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];
