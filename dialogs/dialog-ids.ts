// The ids of the dialogs that are started by name from outside their own component (the bot's dialog set, one dialog starting another), in one place.
export const MAIN_DIALOG = 'main';
export const PERSONA_JOURNEY_DIALOG = 'personaJourney';
export const STAFF_SEARCH_DIALOG = 'staffSearch';
