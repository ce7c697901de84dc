// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.166334351833965) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12d25a7465a0aa0165e09f550f8daa45e49208058c3c917ddccce2f0c1193b45
