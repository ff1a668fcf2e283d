import Link from 'next/link'
import { db } from '@/lib/db'
import { getHomeStats } from '@/lib/data/get-home-stats'

const tasks = [
  {
    href: '/jurisdictions',
    title: 'Browse jurisdictions',
    text: 'States, sub-national units and organisations, with their instruments, definitions, ages and treaty actions.',
  },
  {
    href: '/search',
    title: 'Search the law',
    text: 'Find provisions and definitions by word, with legal synonyms (CSAM ↔ child pornography, grooming ↔ solicitation).',
  },
  {
    href: '/compare',
    title: 'Compare side by side',
    text: 'Provisions, definitions and age benchmarks of up to eight jurisdictions, with a word-level diff.',
  },
  {
    href: '/gaps',
    title: 'Check against baseline standards',
    text: 'ICMEC criteria, OPSC art. 3, Lanzarote arts 18-24, Budapest art. 9, UN Cybercrime Convention arts 14-15.',
  },
  {
    href: '/treaties',
    title: 'Treaty status',
    text: 'Signatures, ratifications, accessions and reservations by article.',
  },
  {
    href: '/ages',
    title: 'Age benchmarks',
    text: 'Majority, sexual consent, digital consent and criminal responsibility across jurisdictions.',
  },
]

export default async function HomePage() {
  const stats = await getHomeStats(db)
  const figures = [
    { label: 'jurisdictions', value: stats.jurisdictions },
    { label: 'with national law recorded', value: stats.jurisdictionsWithLaw },
    { label: 'instruments', value: stats.instruments },
    { label: 'provisions', value: stats.provisions },
    { label: 'definitions', value: stats.definitions },
    { label: 'age benchmarks', value: stats.ageBenchmarks },
    { label: 'treaty actions', value: stats.treatyActions },
    { label: 'baseline standards', value: stats.standards },
  ]
  return (
    <div>
      <section aria-labelledby="intro" className="rounded-xl bg-brand-800 px-6 py-10 text-white">
        <h1 id="intro" className="max-w-3xl text-3xl font-bold tracking-tight text-white sm:text-4xl">
          The laws that protect children online, mapped and compared.
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-100">
          Each state defines “child”, “grooming” and “child sexual abuse material” differently, sets different ages,
          imposes different duties on platforms and has signed different treaties. LexBridge shows where the law agrees,
          where it differs, and where it falls short of baseline standards — with the law’s own words and official
          sources one click away.
        </p>
      </section>

      <section aria-labelledby="figures-heading" className="mt-8">
        <h2 id="figures-heading" className="sr-only">
          What the database holds
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{figure.label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{figure.value.toLocaleString('en-GB')}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="tasks-heading" className="mt-10">
        <h2 id="tasks-heading" className="text-xl font-semibold">
          Start here
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tasks.map((task) => (
            <li key={task.href} className="rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-600">
              <h3 className="font-semibold">
                <Link href={task.href}>{task.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700">{task.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
