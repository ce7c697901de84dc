// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6333192654130246) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6222b416df1a8042fcd1449653ce03c9361be3b7e8a5b148b1c420c929e76b05
