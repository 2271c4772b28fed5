import { NotFoundMessage } from "@/app/_components/not-found-message";

// An embed that does not exist: said inside the embed's own frame (no site header, no account
// links); the front server sends it with headers that let no other site frame it (server/front/embed-framing.ts).
export default function EmbedNotFound() {
  return <NotFoundMessage />;
}
