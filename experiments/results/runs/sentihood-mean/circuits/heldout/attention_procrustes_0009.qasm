// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5196840265433684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20cd456bd18ed31295f4859d328bc486bc39771925bb2770fe90d353adfdffef
