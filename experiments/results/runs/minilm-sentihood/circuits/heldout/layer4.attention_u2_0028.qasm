// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.5050047861223002) q[0];
ry(0.4252684748870897) q[0];
rz(-0.46650601551282467) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8949b7a90afa45eea7f6f4798d40577687818d89a4576f373bba91390de15863
