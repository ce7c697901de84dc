// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3650082474914313) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2197c2b88ec1d6907ba01ad315a8edc82ad11c6f62e5d80e82afa51281d89c96
