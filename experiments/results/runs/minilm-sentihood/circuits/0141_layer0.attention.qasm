// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6509700235953497) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 733d33d5fbbca9fa5bad0ac7687a1c4aa89a7aa04e3dfbd77dce86ee6ba6bfa1
