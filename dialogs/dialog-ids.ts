// The ids of the dialogs that are started by name from outside their own component (the bot's dialog set, the root
// dialog beginning a flow, one dialog starting another), in one place.
export const ROOT_DIALOG = 'root';
export const MAIN_DIALOG = 'main';
export const PERSONA_JOURNEY_DIALOG = 'personaJourney';
export const STAFF_SEARCH_DIALOG = 'staffSearch';
