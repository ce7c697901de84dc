// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.160532358437544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 203b3719c2d6146703130bc71f284cb042776e7e94d1a308c2553aef8d854873
