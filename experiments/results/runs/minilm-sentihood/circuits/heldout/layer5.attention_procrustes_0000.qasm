// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2519277292422268) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3193e30752fba34cd0c6c2fe8e18898c36269565ff298ae859cd9591388d1f42
