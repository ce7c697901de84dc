// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.961861767096428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b435bcbfee0cc6683ef37b70a7f636a268aacea747bd16dc7e5920b4acbcbdf3
