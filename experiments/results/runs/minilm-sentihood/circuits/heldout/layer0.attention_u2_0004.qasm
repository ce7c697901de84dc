// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32743892429412025) q[0];
ry(2.0118691474481247) q[0];
rz(0.14400297025288422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 391691a0192f673cdd3fd15bc881ecf69fa0e504293094f8b80ec54219a62260
