// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.652586577323517) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db64932b43ef579f18e53303d750ee0e544f3e0e33fbf8c640aff8a9e20956c3
