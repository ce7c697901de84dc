// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8345131378685329) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c61a87ada146f0c6828130c96cd78394a4c06ac458ec957776d6e3bb83b729ac
