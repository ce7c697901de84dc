// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.594638518336685) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd9c7daeae30bc3199f8b6029ffc90d432f6a107cd5298fd3be9a23634c292a6
