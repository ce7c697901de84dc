// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2704073152513455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11be644377a3d66e926b32b1bb83adcc981a351944f99ce22522e9bcf0288e15
