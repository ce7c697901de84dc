// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5889267270776537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4f49ec3bac840a50778a893a4bd2d664bad31e7aeff27da50b91c89ce33fb9b
