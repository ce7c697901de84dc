// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6817015474779804) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8c79de423eeda4372de065c7a961b525ef10350f230c9e8834afb076c0c245f
