// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24188536458723364) q[0];
ry(0.6606950234415394) q[0];
rz(-0.1923891165383238) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45e3470e0f33c9bf28f7730bf69182668ed415b705c45a7e445f3f6940a2973d
