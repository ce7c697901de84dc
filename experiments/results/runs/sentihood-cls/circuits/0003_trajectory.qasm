// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3444666003232422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd058265016318a23d5818892ba2b3ac8ff7b8e8e7a10169e312162e03078b3c
