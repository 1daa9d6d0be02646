// The people attribution has spoken of, most recent first: whom "he" or "she" means.
import type { ActorId } from '../model.js';
import type { AttributionScene } from './attributionScene.js';

export function isPerson(cx: AttributionScene, id: ActorId): boolean {
  return cx.actorOf(id)?.kind === 'person';
}

export function notePerson(cx: AttributionScene, id: ActorId): void {
  const at = cx.recentPeople.indexOf(id);
  if (at >= 0) cx.recentPeople.splice(at, 1);
  cx.recentPeople.unshift(id);
}

export function lastPersonFor(cx: AttributionScene, gender?: 'f' | 'm'): ActorId | null {
  // "…, Ramaphosa's spokeswoman Khusela Diko said. Ramaphosa and Mnangagwa were to meet …, she said": a woman
  // the text says is one, among the last few people spoken of, before anyone whose gender it does not say
  if (gender === 'f') {
    const woman = cx.recentPeople.slice(0, 4).find((id) => cx.actorOf(id)?.gender === 'f');
    if (woman) return woman;
  }
  return cx.recentPeople.find((id) => !gender || !cx.actorOf(id)?.gender || cx.actorOf(id)!.gender === gender) ?? null;
}
