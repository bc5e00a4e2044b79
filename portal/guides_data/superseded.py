"""Fingerprints (portal.guides.fingerprint) of seed values that a later seed
corrected. A row seeded before fingerprints were kept gets the corrected text
where it still holds one of these. Rows seeded since record their own marks
(`seeded`), so a later correction needs no entries here."""

# The first seed (2026-11), superseded by the one checked on 2026-12-01.
SUPERSEDED = frozenset(
    {
        "ff4db3a8dd3d7751cb65e164a22c6f77004c36ea7e2a98bf7cf8639e66e1c4e3",  # guide employer-pays summary_en
        "a5736fcfe9449aec32ed6563370e847fddd91e58c848ebfa0bdb8ceec8b3e253",  # guide employer-pays body_en
        "1862ee626303fd20b4918dd9f21d76539a2cfb92a9da0e6dbd5cdd83bd412c93",  # guide employer-pays summary_km
        "b58a8925b0b4ad6c19693d11b880de9cdb809c0492c16b837c6eb67e9a525f38",  # guide employer-pays body_km
        "f8bd7a1c3460e713f83ccce387c29d4b6397305a6c68895a70af68d4f8db343a",  # guide employer-pays summary_vi
        "935051d249f9e3346da675ff372fd6ed4f69e63f8aa3bbae18e3bfbe2ff1b042",  # guide employer-pays body_vi
        "1fe5890e5caceabfda7da33930b4a613b7f1d130ec5c8ea12c01a2592386db99",  # guide employer-pays summary_ja
        "dc561c4b00544e876f46709f9f9f9f38d5a8bdd312743bb065fd728477254ae9",  # guide employer-pays body_ja
        "949b7dced341746b1a87ed844ea548d99da92dd05b10fb604e7d8a5d97430686",  # guide check-licence body_en
        "312d1f9829188f9bc709fc6e22c2a94102e8e52bbe1add3db275bb5b8e6d1c2c",  # guide check-licence body_km
        "e49cbe864fd556ef89b635b5b836fd6b7ad435f5892e1f6a5f4b1ed27255ac1a",  # guide check-licence body_vi
        "27ba9dbff34fb7a29bdc6a6ed9117e88e8eec28619786f40ce6807a6c9678a03",  # guide check-licence body_ja
        "a03c3ebc72e61b215b555bf6a6da32149c6c4bee1fe7b665547b109a3f5139d7",  # guide before-signing body_en
        "deafb8a2a1a7cae5a159181883d4191042944982e53491a017c02f6d3366ffdf",  # guide before-signing body_km
        "37f26542dfa91626b99d810b8abf7332cc015a137a2e99b9e66a434092ff470d",  # guide before-signing body_vi
        "e3f8a94610fc5ed2ac551502dea74af2a93d6493d6c682a8c5bd6c3484c80c66",  # guide before-signing body_ja
        "dae0a9a9d169cd1288c1e4d3a0ffc37aa0228fcab0b6f237a31f432672bdffb3",  # guide pregnancy-rights body_en
        "5d75fbf28adc507b4eb11c63c9b85d7cc49717f60fbc7e42ecc757d7e04acef0",  # guide pregnancy-rights body_km
        "c8c33f9aaabfe834bdafdb5af2289b2d0bcb41b5a68e8dcec3dd5ff328e71b08",  # guide pregnancy-rights body_vi
        "f22d6e39028a0154c6fbc9a78b579f7ae9b9b5d1d80aadb1e9c97ff39bbc6cb1",  # guide pregnancy-rights body_ja
        "990114e353c51819f00f234e1c69f572a4fbf6e0423e5025c41a7e8b20013290",  # guide get-help body_en
        "862603ef48e181345d6937a86fe81ef35270a17bf65e1dc3cb7d2f970df90bbd",  # guide get-help body_km
        "b5ebcfdd7d4aa427b7b60dc2affd6c1d98a12bfad1706e822efb307269b8ae6e",  # guide get-help body_vi
        "0790969776c364dd3ceb858e91e5d5be4d3f26f0a76d502a5fb77c2e20346ff9",  # guide get-help body_ja
        "f0ca133596dd8401e2f969a79998820233b1321fa9904cdc9f50b4ff5a1f160e",  # contact otit name_en
        "c97a23ad5c572120b59dd97b035827cb8bf2f4e659d57b05049ee5a0ce17cf35",  # contact otit description_en
        "cff25713230ecd72d5259de88be4eb7450088ae84ff0f2f5c4eb8296092dea81",  # contact otit description_km
        "c08ba45c598c441ad98e533540f76f29887369ddc840208978bf8c1c4954bc3b",  # contact otit description_vi
        "e841202da967f9b099eca0ccba1cd4fb550ae8a12978c2dba19825f7da63d2af",  # contact otit description_ja
        "0799a2faf8c2502a0c18106a470c3f1b6a7d80df296e03bd08bb8555d6258571",  # contact jp-mirai description_en
        "c52cd4be97fba6a60ccf5531c7f05a207a6d8418dc47d4e2f0a5ced0e33541c8",  # contact jp-mirai description_km
        "a202ec25e6185358f8326435ce928f5777804f0e11051748bee656b3034b86d2",  # contact jp-mirai description_vi
        "d193882adff2c4b578d231e38e4cc0139ab47467c7a08952ed27e36577044a71",  # contact jp-mirai description_ja
        "1d1c3d2c320835fb1bbfb3102c07b37f6abfed4474db4b7eb7affabd781d9c81",  # contact fresc description_en
        "1d5b9046e61bd5f8bda49cfcf633a22ec07d58923b5249e45e1dd750a0390adf",  # contact fresc description_km
        "4d0584009b49bebd2b269b9f40ac27abd875633240bee9c97192e838f9e9d331",  # contact fresc description_vi
        "34026d7448e042332a7fc0ed417d03c7b0129cecdf5cf039c62239d52e4fad5a",  # contact fresc description_ja
        "9caec359be8dfae8a1b893221792cfa1b3dcee27ddcb6d8b3cbf26450702f778",  # contact embassy-kh description_en
        "35dbbedcbc7e5bfa74d5c07195bee80c02adac31f62692996d01cdd57e09f39e",  # contact embassy-kh description_km
        "7171672d9b9d7ac360383a9db4a8789003fd948fe5c51d85324add0e8654b4da",  # contact embassy-kh description_vi
        "2df69defb3aaf573b7bc2ab73782993da435c6a06bf3e78bc267d889c6f1db66",  # contact embassy-kh description_ja
        "1406846d4404b27816bb530052feee4942973c0c7a808b79dd47dc43a3259ba6",  # contact embassy-vn description_en
        "9c369e8309433ee4e92b30bd04294c49521dacacd7d4a4a641070026eb4fd86a",  # contact embassy-vn description_km
        "bbec02b4254710cb723a1f41d3043dae7921d0449b4c0313dc7505203c0f932b",  # contact embassy-vn description_vi
        "5d6580345c3a3b92e760759bc519fc88e303af7de147de44254e5767a99759f2",  # contact embassy-vn description_ja
        "ef430bc1cb057b38246ef236587ebb65966dfde313ffd8da687df04faccbc2a6",  # contact molvt name_en
        "b7df3457ba372c1b484acbcde3ab104fe5dbc8680b81fbed92f8ed12b6f58a17",  # contact molvt description_en
        "685c3e3d7599a582dde66a899330fc935aa2821d16d92c525bcfae7524dc19cc",  # contact molvt description_km
        "7e427f69f3e181686c128b488ea299bf225677805153e8f5a6c8961efbbd9af8",  # contact molvt description_vi
        "f717cde7af7843c53e3a0b04526b0655a0e40aef9b2e9039242c7f100b5e25c8",  # contact molvt description_ja
        "8efdfd1830b6dcaa4d227456457737f31b97334f581d03ec9318b342a6421574",  # contact dolab name_en
        "04070a60a5b8bd734a462aa6d6ca8314022d3838ec0d524c75ab99fad465330a",  # contact dolab description_en
        "91cb67113a8a3a91eaa6c44aa3f99dba720ae14002691feea00d243a7000a301",  # contact dolab description_km
        "eb26a7a72583509c43f0f2794c96b259a7f0de385fc816437761448f60ad94ef",  # contact dolab description_vi
        "c6ec2dec2cb06715ea58960089bcec9f38d346c35c2da8aac2da0f8f428a0c0f",  # contact dolab description_ja
    }
)
