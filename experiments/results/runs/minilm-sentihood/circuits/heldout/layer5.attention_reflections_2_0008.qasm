// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.120038712317697) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3af0f13b18c7f98c44425d2552f591cda638a36560632d9359ebc4237bbca8c4
