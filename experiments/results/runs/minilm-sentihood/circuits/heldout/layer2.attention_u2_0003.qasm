// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2748439160287628) q[0];
ry(1.5345758821597533) q[0];
rz(-0.010210857144222985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cd465035e2a4ec50aa94c8e9d95f0f2a9798ba2670521620eaf90eadb44f04f
