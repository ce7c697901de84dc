// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7602059824838268) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 16ad0cd2314183832539d337b8a4d5e8e94e8177f1094e87a9489952af1a010d
