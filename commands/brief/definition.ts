// /brief actor:<autocomplete> [since] [until]: who the actor is, what they said (newest first, each
// statement dated, attributed and traced to its article), and whom they met.
import { actorAndPeriodCommand } from '../actorAndPeriod.js';

export const data = actorAndPeriodCommand('brief', "An actor's statements, newest first, and the contacts they had");
