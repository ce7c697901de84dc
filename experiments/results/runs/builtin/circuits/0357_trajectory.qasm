// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1078734234594725) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8550f9e21d91ed8c849616892fc1ff60765e597d9e8964c9795c45113ed21a89
