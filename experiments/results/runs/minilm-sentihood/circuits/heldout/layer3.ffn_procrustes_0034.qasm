// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1484688916552686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5ece13291288eda8fe1621594e76a35ffceb72c86df3b849c35b9834ef62b7f
