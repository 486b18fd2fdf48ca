import { OrgUnit, type OrgUnitDoc } from '../../models/org-unit.model.js';

let counter = 0;

/** A district with `streets` streets of `communitiesPerStreet` communities each. */
export async function createOrgTree(streets = 2, communitiesPerStreet = 2) {
  counter += 1;
  const district = (await OrgUnit.create({ code: `D${counter}`, name: `普陀区${counter}`, level: 'district' })).toObject() as OrgUnitDoc;
  const streetDocs: OrgUnitDoc[] = [];
  const communities: OrgUnitDoc[] = [];
  for (let s = 1; s <= streets; s++) {
    const street = (
      await OrgUnit.create({ code: `D${counter}S${s}`, name: `街道${s}`, level: 'street', parentId: district._id, districtId: district._id })
    ).toObject() as OrgUnitDoc;
    streetDocs.push(street);
    for (let c = 1; c <= communitiesPerStreet; c++) {
      communities.push(
        (
          await OrgUnit.create({
            code: `D${counter}S${s}C${c}`,
            name: `居委${s}-${c}`,
            level: 'community',
            kind: 'residential',
            parentId: street._id,
            streetId: street._id,
            districtId: district._id,
          })
        ).toObject() as OrgUnitDoc,
      );
    }
  }
  return { district, streets: streetDocs, communities };
}
