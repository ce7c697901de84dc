// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.359125475040286) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eabedf0043e74d302d57c8e4cb40624ab286ad1ee932ef0c3ba5d0832f99ad41
