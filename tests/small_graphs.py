"""Small inline graphs several test modules read (Turtle with the project's prefixes)."""

# Five agents: Hub Corp shares two deals with Alpha (one neighbour, two links), one three-party
# deal with Beta Bank and Gamma (who so neighbour each other too), and employs Pat Lee.
HUB = """
dgr:hub a dg:Company ; rdfs:label "Hub Corp" .
dgr:alpha a dg:Company ; rdfs:label "Alpha" .
dgr:beta a dg:Bank ; rdfs:label "Beta Bank" .
dgr:gamma a dg:Company ; rdfs:label "Gamma" .
dgr:pat a dg:Person ; rdfs:label "Pat Lee" .
dgr:d1 a dg:Partnership ; dg:party dgr:hub, dgr:alpha ; dg:status dg:signed .
dgr:d2 a dg:Investment ; dg:party dgr:hub, dgr:alpha ; dg:status dg:planned .
dgr:d3 a dg:Partnership ; dg:party dgr:hub, dgr:beta, dgr:gamma ; dg:status dg:announced .
dgr:p1 a dg:Position ; dg:person dgr:pat ; dg:organization dgr:hub ; dg:status dg:active .
"""

# Two articles and what they say of their own authors. Wes Writer wrote `src`: its byline
# puts him at Daily News and, earlier, at Weekly; only `src` says so, so both are provenance.
# Dana Doe wrote `oped`: it says she works at Alpha (provenance too, but she also holds a stake
# in Alpha, so the two stay linked) and at Hub Corp, which `src` states as well (news, not
# provenance). Daily News also supplies Hub Corp: an outlet in business stays.
BYLINES = """
dgr:src a dg:Article ; schema:author dgr:wes ; dg:outlet dgr:daily .
dgr:oped a dg:Article ; schema:author dgr:dana .
dgr:hub a dg:Company ; rdfs:label "Hub Corp" .
dgr:alpha a dg:Company ; rdfs:label "Alpha" .
dgr:daily a dg:NewsOutlet ; rdfs:label "Daily News" .
dgr:weekly a dg:NewsOutlet ; rdfs:label "Weekly" .
dgr:wes a dg:Person ; rdfs:label "Wes Writer" .
dgr:dana a dg:Person ; rdfs:label "Dana Doe" .
dgr:pat a dg:Person ; rdfs:label "Pat Lee" .
dgr:deal a dg:Partnership ; dg:party dgr:hub, dgr:alpha ; prov:wasDerivedFrom dgr:src .
dgr:supply a dg:SupplyAgreement ; dg:party dgr:daily, dgr:hub ; prov:wasDerivedFrom dgr:src .
dgr:pat-at-hub a dg:Position ; dg:person dgr:pat ; dg:organization dgr:hub ; prov:wasDerivedFrom dgr:src .
dgr:wes-at-daily a dg:Career ; dg:person dgr:wes ; dg:organization dgr:daily ; prov:wasDerivedFrom dgr:src .
dgr:wes-at-weekly a dg:Career ; dg:person dgr:wes ; dg:organization dgr:weekly ; prov:wasDerivedFrom dgr:src .
dgr:dana-at-alpha a dg:Position ; dg:person dgr:dana ; dg:organization dgr:alpha ; prov:wasDerivedFrom dgr:oped .
dgr:stake a dg:Investment ; dg:investor dgr:dana ; dg:investee dgr:alpha ; prov:wasDerivedFrom dgr:oped .
dgr:dana-at-hub a dg:Position ; dg:person dgr:dana ; dg:organization dgr:hub ;
    prov:wasDerivedFrom dgr:oped, dgr:src .
"""
