// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.620623149960533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 780afd2da24153ff76352ac41a225329ffd3322ff9528c66f57c0b529cd9532a
