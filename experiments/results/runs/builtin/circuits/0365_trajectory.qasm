// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9011138550679465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7aba594e495c1a4a76cb798f99e1f8e27cb72eed8b32f53cb3dc182166a250fb
