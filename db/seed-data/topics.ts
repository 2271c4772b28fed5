// The topics every fresh database starts with (domain.md). Each says what the two poles
// mean for that topic; admins may edit them later, so the seed never overwrites them.
export const topicSeeds = [
  {
    slug: "governments-role",
    title: "Role of governments in Internet governance",
    description:
      "Whether governments should decide Internet policy among themselves or take part as one stakeholder among others.",
    multistakeholderPole:
      "Governments are one stakeholder among civil society, industry and the technical and academic community; policy is made together in open, bottom-up processes.",
    intergovernmentalPole:
      "Governments hold primary authority over international Internet public policy and should exercise it through an intergovernmental body.",
  },
  {
    slug: "multistakeholder-model",
    title: "The multistakeholder model of Internet governance",
    description:
      "Whether the current multistakeholder model (IGF, ICANN, the RIRs and similar bodies) should be kept and strengthened.",
    multistakeholderPole:
      "The multistakeholder model works and should be defended and strengthened, with all stakeholders participating on an equal footing.",
    intergovernmentalPole:
      "The multistakeholder model should give way to, or be subordinated to, decision-making by governments.",
  },
  {
    slug: "itu-mandate",
    title: "The ITU's mandate over the Internet (incl. the 2012 ITRs)",
    description:
      "Whether the International Telecommunication Union's treaty mandate, including the International Telecommunication Regulations revised in 2012, should extend to the Internet.",
    multistakeholderPole:
      "The ITU's mandate stays with telecommunications; Internet matters are left out of the ITRs and handled in multistakeholder venues.",
    intergovernmentalPole:
      "The ITU's mandate and the ITRs should cover the Internet, making the ITU a main venue for Internet policy.",
  },
  {
    slug: "enhanced-cooperation",
    title: "Enhanced cooperation (Tunis Agenda)",
    description:
      'How to implement the Tunis Agenda\'s call for "enhanced cooperation" among governments on international Internet public policy.',
    multistakeholderPole:
      "Enhanced cooperation is an ongoing process that happens in every venue where Internet policy is deliberated, with all stakeholders.",
    intergovernmentalPole:
      "Enhanced cooperation requires a new intergovernmental process or body for governments to agree Internet public policy.",
  },
  {
    slug: "cwg-internet-openness",
    title: "Opening the ITU's CWG-Internet to all stakeholders",
    description:
      "Whether the ITU Council Working Group on international Internet-related public policy should admit participants other than Member States.",
    multistakeholderPole: "The CWG-Internet should be opened to all stakeholders, with its documents public.",
    intergovernmentalPole: "The CWG-Internet should remain restricted to ITU Member States.",
  },
  {
    slug: "igf-role",
    title: "The Internet Governance Forum as the venue for Internet policy dialogue",
    description:
      "Whether the multistakeholder Internet Governance Forum is the right place to take up Internet public-policy questions.",
    multistakeholderPole:
      "The IGF, where all stakeholders meet as equals, is the prime venue for Internet policy dialogue and should be strengthened.",
    intergovernmentalPole:
      "The IGF is inadequate because it produces no binding outcomes; policy should be settled in intergovernmental fora.",
  },
  {
    slug: "ipv6-transition",
    title: "IPv6 transition and address allocation",
    description: "Who should steer the transition to IPv6 and the allocation of Internet addresses.",
    multistakeholderPole:
      "Address policy stays with the Regional Internet Registries' open, bottom-up processes; governments support adoption.",
    intergovernmentalPole:
      "Governments, through the ITU, should take a role in allocating IPv6 addresses (for example, national blocks).",
  },
  {
    slug: "ixps",
    title: "Internet Exchange Points in developing countries",
    description:
      "How Internet Exchange Points that keep local traffic local should be set up and run in developing countries.",
    multistakeholderPole:
      "IXPs grow best as neutral, community- and industry-led facilities, with governments enabling rather than running them.",
    intergovernmentalPole:
      "IXPs should be established and regulated through government and intergovernmental programmes.",
  },
  // Added with the reference dataset (domain.md, additions; poles worded by the dataset's method, v2).
  {
    slug: "cyber-norms-process",
    title: "Who makes the rules for states in cyberspace",
    description:
      "Whether the norms of responsible state behaviour in cyberspace are made by states alone in UN bodies or together with industry, civil society and the technical community.",
    multistakeholderPole:
      "Voluntary norms built by governments together with industry, civil society and the technical community (as in the Paris Call).",
    intergovernmentalPole:
      "States alone set binding rules in UN bodies, on the basis of sovereignty over their information space (as in the SCO code).",
  },
  {
    slug: "un-cybercrime-treaty",
    title: "A new UN cybercrime treaty",
    description:
      "Whether to negotiate a new binding UN convention on cybercrime among states, or to build on existing instruments and cooperation.",
    multistakeholderPole:
      "No new treaty negotiated at the UN; rely on existing instruments and cooperation with companies and civil society.",
    intergovernmentalPole: "A new binding UN convention negotiated among states.",
  },
] as const;

/**
 * The poles method v1 seeded for the topics v2 rewords: an upgrade replaces a topic's poles
 * only where they are still these, so an admin's edit stands.
 */
export const TOPIC_POLES_V1 = {
  "cyber-norms-process": {
    multistakeholderPole:
      "Norms are built by governments together with industry, civil society and the technical community (as in the Paris Call).",
    intergovernmentalPole:
      "States alone set the norms in UN intergovernmental bodies, on the basis of sovereignty over their information space (as in the 2018 OEWG resolution and the SCO code).",
  },
  "un-cybercrime-treaty": {
    multistakeholderPole:
      "Build on existing instruments and cooperation that involve companies and civil society; no new treaty negotiated by governments alone.",
    intergovernmentalPole: "A new binding UN convention on cybercrime, negotiated among states.",
  },
} as const;
