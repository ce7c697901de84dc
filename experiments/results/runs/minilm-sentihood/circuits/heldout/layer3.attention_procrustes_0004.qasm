// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.002474362470339) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9ffee084b07072e84bf657eb1d3b53998ffa5625fff8e698ac36e4c1c7107ce
