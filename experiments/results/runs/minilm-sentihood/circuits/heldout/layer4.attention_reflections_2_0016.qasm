// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6554037751633819) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 326d8374b45e8e01bf4c65aad1eb7a333c71e789e7a9cb1a73bc95252d2f8ff3
