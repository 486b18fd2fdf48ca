/** Inputs of the pairing suggestion: plain data, so the ranking is a pure function. */
export interface MentorCandidate {
  id: string;
  displayName: string;
  username?: string;
  streetId: string | null;
  streetName?: string;
  communityName?: string;
  capacity: number;
  activeMentees: number;
  /** Project categories the mentor knows (set by staff or the roster). */
  expertise: string[];
}

export interface MenteeProfile {
  streetId: string | null;
  category?: string;
}

export interface Suggestion {
  mentorId: string;
  displayName: string;
  /** Login name, 居村 and 街镇: what tells two mentors of the same name apart. */
  username: string | null;
  communityName: string | null;
  streetName: string | null;
  score: number;
  spare: number;
  activeMentees: number;
  capacity: number;
  reasons: string[];
}

/**
 * Weights (out of 100): same street 40 · experience with the mentee's project category 25 ·
 * spare capacity 20 × spare/capacity · fewer current mentees 15 / (1 + current).
 * Full mentors are left out. Ties: more spare places, then name, then id — deterministic.
 */
export function rankMentors(mentee: MenteeProfile, candidates: MentorCandidate[], limit: number): Suggestion[] {
  const scored: Suggestion[] = [];
  for (const c of candidates) {
    const spare = c.capacity - c.activeMentees;
    if (spare <= 0) continue;
    const reasons: string[] = [];
    let score = 0;
    if (mentee.streetId && c.streetId === mentee.streetId) {
      score += 40;
      reasons.push(`同一街镇${c.streetName ? `（${c.streetName}）` : ''}，便于面对面带教`);
    }
    if (mentee.category && c.expertise.includes(mentee.category)) {
      score += 25;
      reasons.push(`有“${mentee.category}”类项目经验`);
    }
    score += (20 * spare) / c.capacity;
    reasons.push(`尚有 ${spare} 个带教名额（共 ${c.capacity} 个）`);
    score += 15 / (1 + c.activeMentees);
    reasons.push(c.activeMentees === 0 ? '目前没有带教对象，精力充足' : `目前带教 ${c.activeMentees} 人`);
    scored.push({
      mentorId: c.id,
      displayName: c.displayName,
      username: c.username ?? null,
      communityName: c.communityName ?? null,
      streetName: c.streetName ?? null,
      score: Math.round(score * 100) / 100,
      spare,
      activeMentees: c.activeMentees,
      capacity: c.capacity,
      reasons,
    });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.spare - a.spare ||
      a.displayName.localeCompare(b.displayName, 'zh-Hans-CN') ||
      a.mentorId.localeCompare(b.mentorId),
  );
  return scored.slice(0, limit);
}
