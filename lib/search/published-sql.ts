/**
 * SQL the search engine and the document loader share, so "what search may find" is stated once:
 * published, not deleted, under published parents.
 */
export const pub = (alias: string) => `${alias}."publicationState" = 'PUBLISHED' AND ${alias}."deletedAt" IS NULL`

/** A definition with its jurisdiction and concept, and its provision only when that provision and all its parents are published. */
export const definitionSourceSql = `FROM "Definition" d
    JOIN "Jurisdiction" j ON j.id = d."jurisdictionId"
    JOIN "Concept" c ON c.id = d."conceptId"
    LEFT JOIN ("Provision" dp
      JOIN "InstrumentVersion" dv ON dv.id = dp."versionId" AND ${pub('dv')}
      JOIN "Instrument" di ON di.id = dv."instrumentId" AND ${pub('di')}
      JOIN "Jurisdiction" dj ON dj.id = di."jurisdictionId" AND ${pub('dj')}
    ) ON dp.id = d."provisionId" AND ${pub('dp')}`
