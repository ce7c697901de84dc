// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2795679396292452) q[0];
ry(1.0132676149036173) q[0];
rz(-0.1507426020482736) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a830aecdd11ab2770b0428af8eceb9dd3a4f93c4219b7ccff1e5e82407e79b28
