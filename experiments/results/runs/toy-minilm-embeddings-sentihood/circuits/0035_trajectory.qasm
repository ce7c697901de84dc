// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.663176882284085) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27118be721361422366fb919e756c1ee700e82c8a029d761cb481a7961360f02
