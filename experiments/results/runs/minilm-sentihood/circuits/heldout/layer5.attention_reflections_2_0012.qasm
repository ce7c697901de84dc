// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4573201010426025) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1a4207ae0a9fbfea8bb58e6f11ba102697c5f96340bb98242f6e3ae8325e375
