// The button under a /brief that opens the picture of the actor's contacts for the same dates.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { DateRange } from '../../src/index/api.js';
import { contactsCustomId } from './customIds.js';

export const PICTURE_BUTTON_LABEL = 'Picture of contacts';

/** One row with the button; none when the actor has no contacts in the range or the id would be too long. */
export function pictureButtonRows(actorId: string, range: DateRange, contactCount: number): ActionRowBuilder<ButtonBuilder>[] {
  const customId = contactCount > 0 ? contactsCustomId('brief', actorId, range) : null;
  if (!customId) return [];
  const button = new ButtonBuilder().setCustomId(customId).setLabel(PICTURE_BUTTON_LABEL).setEmoji('🖼️').setStyle(ButtonStyle.Secondary);
  return [new ActionRowBuilder<ButtonBuilder>().addComponents(button)];
}
