// /contacts actor:<autocomplete> [since] [until]: a picture of whom the actor called, met or wrote to, one
// row per counterpart and time across, with the same data as text for screen readers.
import { actorAndPeriodCommand } from '../actorAndPeriod.js';

export const data = actorAndPeriodCommand('contacts', "A picture of an actor's calls, meetings and letters, by counterpart over time");
