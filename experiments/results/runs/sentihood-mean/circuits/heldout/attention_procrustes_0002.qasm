// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5656391747921288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ec1994c06a5788a9352575b95b81056c151bfb9175373f226b6fd9eca3adcf2
