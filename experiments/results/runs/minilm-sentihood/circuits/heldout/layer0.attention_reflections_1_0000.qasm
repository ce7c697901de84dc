// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5151935801993672) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcfc8ea7efa38e0c1722fbf0a336f2806076d4fe368aaaf7fd2057dfcde38e96
